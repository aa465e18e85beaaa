marrowSearch.addVocab("gl",{"glanc":[1,5.041,"D_"],"glossari":[3,7.34159,"7K5_Y0z"],"glucos":[6,3.99817,"XHk1l1k1M7iYC_"]});

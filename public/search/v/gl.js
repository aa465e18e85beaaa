marrowSearch.addVocab("gl",{"glanc":[1,5.09094,"D_"],"glossari":[3,7.35315,"7K5_Y0z"],"glucos":[6,4.02236,"XHk1l1k1N7iYC_"]});

marrowSearch.addVocab("gl",{"glanc":[1,6.99016,"D_"],"glossari":[3,7.81802,"7L5_Y0_"],"glucos":[6,3.86524,"XHm1m1k1P7lYC_"]});

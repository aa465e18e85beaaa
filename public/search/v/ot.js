marrowSearch.addVocab("ot",{"other":[2,4.52925,"XDtX2_"]});

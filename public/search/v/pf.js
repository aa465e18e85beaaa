marrowSearch.addVocab("pf",{"pfeiffer":[1,2.64147,"X2_"]});

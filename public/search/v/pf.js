marrowSearch.addVocab("pf",{"pfeiffer":[1,2.64164,"X2_"]});

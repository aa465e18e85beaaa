marrowSearch.addVocab("pf",{"pfeiffer":[1,2.65555,"X2_"]});

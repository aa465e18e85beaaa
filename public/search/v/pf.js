marrowSearch.addVocab("pf",{"pfeiffer":[1,2.18726,"U_"]});

marrowSearch.addVocab("pf",{"pfeiffer":[1,2.15314,"U_"]});

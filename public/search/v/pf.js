marrowSearch.addVocab("pf",{"pfeiffer":[1,2.32965,"U_"]});

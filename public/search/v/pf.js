marrowSearch.addVocab("pf",{"pfeiffer":[1,2.62395,"X1_"]});

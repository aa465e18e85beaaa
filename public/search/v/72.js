marrowSearch.addVocab("72",{"72":[2,3.1651,"XJ_4_"]});

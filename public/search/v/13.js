marrowSearch.addVocab("13",{"13":[1,2.00452,"XA_"]});

marrowSearch.addVocab("13",{"13":[1,2.08003,"XA_"]});

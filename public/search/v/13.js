marrowSearch.addVocab("13",{"13":[1,2.07988,"XA_"]});

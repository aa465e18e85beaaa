marrowSearch.addVocab("35",{"35":[3,1.90049,"Lo9xE_"]});

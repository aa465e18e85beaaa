marrowSearch.addVocab("35",{"35":[1,2.36078,"L_"]});

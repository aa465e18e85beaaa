marrowSearch.addVocab("35",{"35":[1,2.38195,"L_"]});

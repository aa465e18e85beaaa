marrowSearch.addVocab("35",{"35":[1,2.37717,"L_"]});

marrowSearch.addVocab("35",{"35":[1,2.36887,"L_"]});

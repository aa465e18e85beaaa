marrowSearch.addVocab("98",{"98":[1,4.21331,"X1_"]});

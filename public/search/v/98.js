marrowSearch.addVocab("98",{"98":[1,4.23676,"X2_"]});

marrowSearch.addVocab("98",{"98":[1,4.25485,"X2_"]});

marrowSearch.addVocab("98",{"98":[1,4.23697,"X2_"]});

marrowSearch.addVocab("o",{"o":[1,5.77852,"ZT_"]});

marrowSearch.addVocab("b",{"b":[1,5.77852,"ZT_"]});

marrowSearch.addVocab("d",{"d":[1,5.77852,"ZT_"]});

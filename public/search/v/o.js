marrowSearch.addVocab("o",{"o":[1,5.81349,"ZT_"]});

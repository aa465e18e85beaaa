marrowSearch.addVocab("b",{"b":[1,5.81349,"ZT_"]});

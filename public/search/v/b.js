marrowSearch.addVocab("b",{"b":[1,5.5864,"ZT_"]});

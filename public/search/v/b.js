marrowSearch.addVocab("b",{"b":[1,2.35814,"aG_"]});

marrowSearch.addVocab("b",{"b":[1,2.36331,"aG_"]});

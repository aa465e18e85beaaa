marrowSearch.addVocab("b",{"b":[1,2.35007,"aF_"]});

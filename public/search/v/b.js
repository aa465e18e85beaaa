marrowSearch.addVocab("b",{"b":[1,2.35808,"aG_"]});

marrowSearch.addVocab("51",{"51":[1,3.90617,"J_"]});

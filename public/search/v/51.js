marrowSearch.addVocab("51",{"51":[1,3.8629,"J_"]});

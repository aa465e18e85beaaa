marrowSearch.addVocab("51",{"51":[1,3.95714,"J_"]});

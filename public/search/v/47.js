marrowSearch.addVocab("47",{"47":[1,3.95714,"J_"]});

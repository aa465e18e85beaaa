marrowSearch.addVocab("47",{"47":[1,3.8629,"J_"]});

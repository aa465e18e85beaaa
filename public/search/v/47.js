marrowSearch.addVocab("47",{"47":[1,3.90617,"J_"]});

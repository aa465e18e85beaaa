marrowSearch.addVocab("00",{"000":[1,3.90617,"J_"]});

marrowSearch.addVocab("00",{"000":[1,3.8629,"J_"]});

marrowSearch.addVocab("00",{"000":[1,3.95714,"J_"]});

marrowSearch.addVocab("59",{"59":[1,3.78312,"X0_"]});

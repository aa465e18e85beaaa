marrowSearch.addVocab("59",{"59":[1,3.79914,"X0_"]});

marrowSearch.addVocab("59",{"59":[1,3.7833,"X0_"]});

marrowSearch.addVocab("ey",{"eye":[1,2.28285,"ZQ_"]});

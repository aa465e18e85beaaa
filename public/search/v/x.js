marrowSearch.addVocab("x",{"x":[2,3.11749,"NmR_"]});

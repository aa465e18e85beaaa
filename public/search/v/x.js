marrowSearch.addVocab("x",{"x":[2,3.136,"OmR_"]});

marrowSearch.addVocab("x",{"x":[2,3.13617,"OmR_"]});

marrowSearch.addVocab("x",{"x":[2,3.15012,"OmR_"]});

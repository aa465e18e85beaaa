marrowSearch.addVocab("28",{"28":[1,6.79765,"Z9_"]});

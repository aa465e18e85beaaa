marrowSearch.addVocab("28",{"28":[1,6.74973,"Z9_"]});

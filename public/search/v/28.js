marrowSearch.addVocab("28",{"28":[1,6.8203,"Z9_"]});

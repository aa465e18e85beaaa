marrowSearch.addVocab("oc",{"occur":[2,6.01306,"X6_Y6z"]});

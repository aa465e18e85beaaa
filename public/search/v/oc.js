marrowSearch.addVocab("oc",{"occur":[2,6.05191,"X6_Y6z"]});

marrowSearch.addVocab("oc",{"occur":[2,7.14999,"X6_Y6l"]});

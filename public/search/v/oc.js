marrowSearch.addVocab("oc",{"occur":[1,2.51403,"ZV_"]});

marrowSearch.addVocab("oc",{"occur":[1,2.51868,"ZV_"]});

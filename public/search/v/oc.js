marrowSearch.addVocab("oc",{"occur":[1,2.51409,"ZV_"]});

marrowSearch.addVocab("oc",{"occur":[1,2.50647,"ZU_"]});

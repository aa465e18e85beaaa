marrowSearch.addVocab("11",{"11":[1,3.0688,"N_"]});

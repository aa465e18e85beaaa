marrowSearch.addVocab("08",{"082":[1,3.0688,"N_"]});

marrowSearch.addVocab("41",{"41":[1,3.0688,"N_"]});

marrowSearch.addVocab("08",{"082":[1,3.05374,"N_"]});

marrowSearch.addVocab("41",{"41":[1,3.05374,"N_"]});

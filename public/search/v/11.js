marrowSearch.addVocab("11",{"11":[1,3.05374,"N_"]});

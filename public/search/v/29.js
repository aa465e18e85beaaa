marrowSearch.addVocab("29",{"29":[1,4.05168,"XI_"],"293":[1,3.0688,"N_"]});

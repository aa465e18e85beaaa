marrowSearch.addVocab("p",{"p":[3,6.23315,"N_BMaPR"]});

marrowSearch.addVocab("p",{"p":[3,6.233,"N_BMaPR"]});

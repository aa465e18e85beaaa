marrowSearch.addVocab("p",{"p":[3,6.24563,"N_BMaPR"]});

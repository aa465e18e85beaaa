marrowSearch.addVocab("41",{"41":[1,3.05391,"N_"]});

marrowSearch.addVocab("08",{"082":[1,3.05391,"N_"]});

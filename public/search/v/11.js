marrowSearch.addVocab("11",{"11":[1,3.05391,"N_"]});

marrowSearch.addVocab("12",{"12":[3,3.43343,"TrX3_4_"]});

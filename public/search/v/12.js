marrowSearch.addVocab("12",{"12":[3,3.51489,"TrX3-4_"]});

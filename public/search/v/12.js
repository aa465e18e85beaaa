marrowSearch.addVocab("12",{"12":[3,3.39786,"TrX3_4_"]});

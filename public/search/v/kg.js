marrowSearch.addVocab("kg",{"kg":[3,3.39786,"TrX3_4_"]});

marrowSearch.addVocab("kg",{"kg":[3,3.43343,"TrX3_4_"]});

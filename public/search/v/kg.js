marrowSearch.addVocab("kg",{"kg":[3,3.51489,"TrX3-4_"]});

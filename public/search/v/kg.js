marrowSearch.addVocab("kg",{"kg":[7,3.38412,"Uq5_7hX0w1T2q8j"]});

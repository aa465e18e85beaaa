marrowSearch.addVocab("kg",{"kg":[7,3.39607,"Uq5_7gX0w1T2q8i"]});

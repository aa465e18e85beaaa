marrowSearch.addVocab("kg",{"kg":[7,3.36591,"Tp5_7hX0w1T2q8j"]});

marrowSearch.addVocab("up",{"upper":[3,2.7401,"Z3n7_1q"]});

marrowSearch.addVocab("up",{"upper":[3,2.74832,"Z4o7_1q"]});

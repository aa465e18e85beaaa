marrowSearch.addVocab("up",{"upper":[3,2.74607,"Z4n7_1q"]});

marrowSearch.addVocab("up",{"upper":[3,2.74604,"Z4n7_1q"]});

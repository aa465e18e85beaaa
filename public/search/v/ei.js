marrowSearch.addVocab("ei",{"either":[4,3.51294,"NbAa8TI_"]});

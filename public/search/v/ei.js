marrowSearch.addVocab("ei",{"either":[4,3.53086,"ObAa8TI_"]});

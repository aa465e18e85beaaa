marrowSearch.addVocab("ei",{"either":[4,3.53072,"ObAa8TI_"]});

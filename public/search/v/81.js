marrowSearch.addVocab("81",{"81":[4,2.63296,"DtHhX3a9_"]});

marrowSearch.addVocab("rc",{"rct":[3,3.04917,"J-3Zb6_"]});

marrowSearch.addVocab("rc",{"rct":[3,6.70485,"KP2CaK_"]});

marrowSearch.addVocab("rc",{"rct":[3,6.68632,"KP2DaK_"]});

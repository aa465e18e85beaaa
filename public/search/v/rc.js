marrowSearch.addVocab("rc",{"rct":[3,7.37057,"KO2CaK_"]});

marrowSearch.addVocab("rc",{"rct":[3,3.0552,"J_3ab7_"]});

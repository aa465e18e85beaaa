marrowSearch.addVocab("rc",{"rct":[3,3.05522,"J_3ab7_"]});

marrowSearch.addVocab("rc",{"rct":[3,3.05719,"J_3ab7_"]});

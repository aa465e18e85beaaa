marrowSearch.addVocab("28",{"28":[3,2.31939,"X2yX9qXG_"]});

marrowSearch.addVocab("28",{"28":[3,2.31675,"X2xX9qXG_"]});

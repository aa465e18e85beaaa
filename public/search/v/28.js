marrowSearch.addVocab("28",{"28":[3,2.31092,"X1xX9qXG_"]});

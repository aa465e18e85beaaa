marrowSearch.addVocab("28",{"28":[3,2.31672,"X2xX9qXG_"]});

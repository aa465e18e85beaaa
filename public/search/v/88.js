marrowSearch.addVocab("88",{"88":[1,2.65555,"X2_"]});

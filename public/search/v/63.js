marrowSearch.addVocab("63",{"63":[1,2.65555,"X2_"]});

marrowSearch.addVocab("31",{"31":[1,2.65555,"X2_"]});

marrowSearch.addVocab("81",{"81":[1,2.65555,"X2_"]});

marrowSearch.addVocab("77",{"77":[1,2.65555,"X2_"]});

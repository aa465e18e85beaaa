marrowSearch.addVocab("83",{"83":[1,2.65555,"X2_"]});

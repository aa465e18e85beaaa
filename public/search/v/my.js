marrowSearch.addVocab("my",{"myer":[1,2.65555,"X2_"]});

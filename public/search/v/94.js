marrowSearch.addVocab("94",{"94":[1,2.65555,"X2_"]});

marrowSearch.addVocab("62",{"62":[1,2.65555,"X2_"]});

marrowSearch.addVocab("63",{"63":[1,2.18726,"U_"]});

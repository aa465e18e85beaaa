marrowSearch.addVocab("63",{"63":[1,2.64147,"X2_"]});

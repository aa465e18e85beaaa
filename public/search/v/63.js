marrowSearch.addVocab("63",{"63":[1,2.64164,"X2_"]});

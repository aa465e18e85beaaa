marrowSearch.addVocab("31",{"31":[1,2.64164,"X2_"]});

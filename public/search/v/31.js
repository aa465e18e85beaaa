marrowSearch.addVocab("31",{"31":[1,2.64147,"X2_"]});

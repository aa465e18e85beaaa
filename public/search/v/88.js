marrowSearch.addVocab("88",{"88":[1,2.64147,"X2_"]});

marrowSearch.addVocab("88",{"88":[1,2.64164,"X2_"]});

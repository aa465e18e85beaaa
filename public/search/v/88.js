marrowSearch.addVocab("88",{"88":[1,2.62395,"X1_"]});

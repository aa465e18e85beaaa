marrowSearch.addVocab("31",{"31":[1,2.62395,"X1_"]});

marrowSearch.addVocab("63",{"63":[1,2.62395,"X1_"]});

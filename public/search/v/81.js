marrowSearch.addVocab("81",{"81":[1,2.62395,"X1_"]});

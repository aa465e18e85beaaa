marrowSearch.addVocab("p",{"p":[1,2.62395,"X1_"]});

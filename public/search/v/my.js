marrowSearch.addVocab("my",{"myer":[1,2.62395,"X1_"]});

marrowSearch.addVocab("94",{"94":[1,2.62395,"X1_"]});

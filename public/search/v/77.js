marrowSearch.addVocab("77",{"77":[1,2.62395,"X1_"]});

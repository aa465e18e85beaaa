marrowSearch.addVocab("83",{"83":[1,2.62395,"X1_"]});

marrowSearch.addVocab("62",{"62":[1,2.62395,"X1_"]});

marrowSearch.addVocab("63",{"63":[1,2.15314,"U_"]});

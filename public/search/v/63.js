marrowSearch.addVocab("63",{"63":[1,2.32965,"U_"]});

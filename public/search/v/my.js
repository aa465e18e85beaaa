marrowSearch.addVocab("my",{"myer":[1,2.18726,"U_"]});

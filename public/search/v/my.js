marrowSearch.addVocab("my",{"myer":[1,2.15314,"U_"]});

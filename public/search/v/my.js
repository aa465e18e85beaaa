marrowSearch.addVocab("my",{"myer":[1,2.32965,"U_"]});

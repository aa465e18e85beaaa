marrowSearch.addVocab("my",{"myer":[1,2.64147,"X2_"]});

marrowSearch.addVocab("my",{"myer":[1,2.64164,"X2_"]});

marrowSearch.addVocab("81",{"81":[1,2.64164,"X2_"]});

marrowSearch.addVocab("81",{"81":[1,2.64147,"X2_"]});

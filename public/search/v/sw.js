marrowSearch.addVocab("sw",{"swell":[6,4.22138,"X1d1w5f4p1NS_"]});

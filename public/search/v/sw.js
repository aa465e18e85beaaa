marrowSearch.addVocab("sw",{"swell":[6,4.17793,"X1c1w5e4n1MS_"]});

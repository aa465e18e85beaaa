marrowSearch.addVocab("er",{"erc":[8,5.1841,"2cBM1Y4V3b3b1Za7_"]});

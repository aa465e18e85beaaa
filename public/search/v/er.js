marrowSearch.addVocab("er",{"erc":[8,5.16976,"2cBM1X4V3b3b1Za7_"]});

marrowSearch.addVocab("er",{"erc":[8,5.69882,"2aBL1W4T3a3Z1Xa7_"]});

marrowSearch.addVocab("er",{"erc":[8,3.16822,"2SCM3v4_4w2RXRSYTl"],"error":[1,2.15411,"YL_"]});

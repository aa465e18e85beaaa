marrowSearch.addVocab("er",{"erc":[8,3.17592,"2SCM3v4_4w2RXRSYTl"],"error":[1,2.15396,"YL_"]});

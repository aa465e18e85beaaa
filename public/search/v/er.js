marrowSearch.addVocab("er",{"erc":[8,3.15783,"2SCM3v4_3w2QXRSYTl"],"error":[1,2.13863,"YK_"]});

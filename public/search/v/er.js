marrowSearch.addVocab("er",{"erc":[8,3.18033,"2SCM3v4_4w2PXRSYTl"],"error":[1,2.10523,"YL_"]});

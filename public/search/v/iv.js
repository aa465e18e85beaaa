marrowSearch.addVocab("iv",{"iv":[23,3.59328,"2H598i1o1Y2g2v1m1o2Z1g1YPKJp1a1e1_1T3p6W1GITX7I"]});

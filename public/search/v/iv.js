marrowSearch.addVocab("iv",{"iv":[23,3.59884,"2H598i1o1Y2g2v1m1o2Z1g1hPKJp1b1e1_1T3p6W1GITX7I"]});

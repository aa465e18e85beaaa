marrowSearch.addVocab("iv",{"iv":[22,3.65239,"2H598i1o1Y2g2s1m2Z1g1YPKJp1a1e1_1T3p6W1GITX7I"]});

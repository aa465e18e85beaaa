marrowSearch.addVocab("ou",{"outcom":[4,4.51424,"7DF_b1T3P"],"outer":[3,2.31092,"2XYR-4_"],"outlin":[1,7.39062,"X3_"],"outsid":[7,3.41147,"EG5j1_GYBSTpXIV"]});

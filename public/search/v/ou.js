marrowSearch.addVocab("ou",{"outcom":[5,4.29442,"7DF_1_b1T3V"],"outer":[3,2.31675,"2XYS-4_"],"outlin":[1,7.41487,"X4_"],"outsid":[7,3.42767,"EG5j1_HZBSTpXIV"]});

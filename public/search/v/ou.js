marrowSearch.addVocab("ou",{"outcom":[5,4.30836,"7DF_1_b1T3V"],"outer":[3,2.31939,"2XYS-4_"],"outlin":[1,7.43008,"X4_"],"outsid":[7,3.43767,"EG5j1_HZBSTqXIV"]});

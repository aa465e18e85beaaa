marrowSearch.addVocab("ou",{"outcom":[5,4.29426,"7DF_1_b1T3V"],"outer":[3,2.31672,"2XYS-4_"],"outlin":[1,7.41469,"X4_"],"outsid":[7,3.42755,"EG5j1_HZBSTpXIV"]});

marrowSearch.addVocab("ou",{"outcom":[5,4.68753,"7S2hDXaF_3t"],"outer":[3,5.58747,"2TYHz4_"],"outlin":[2,4.69847,"Rm5_"],"outsid":[4,4.99151,"EJ6VDeYB_"]});

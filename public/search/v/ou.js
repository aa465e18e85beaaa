marrowSearch.addVocab("ou",{"outcom":[5,4.69003,"7U2fDpaF_3t"],"outer":[3,5.54808,"2VYH-4_"],"outlin":[2,6.26995,"Rb5_"],"outsid":[4,4.60556,"EN6aDeYB_"]});

marrowSearch.addVocab("ou",{"outcom":[5,4.70752,"7S2hDWaF_3t"],"outer":[3,5.60609,"2UYHz4_"],"outlin":[2,4.5355,"Ro5_"],"outsid":[4,5.01224,"EJ6VDZYB_"]});

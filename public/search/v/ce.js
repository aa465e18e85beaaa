marrowSearch.addVocab("ce",{"cell":[14,4.79952,"XET3T1n2V6X1S1PBNXRgCn1k3h5m6_"],"centr":[5,3.60551,"Eh6_2a2d1L"],"central":[14,4.48017,"2O1TFUHTJV1b3H2R3R3V8O1I6_Y1k"]});

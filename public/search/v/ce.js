marrowSearch.addVocab("ce",{"cell":[14,4.79267,"XES3T1n2U6W1S1PBMXRgCn1k3h5m6_"],"centr":[5,3.57015,"Eh6_2b2e1L"],"central":[14,4.46926,"2N1TFTHTJV1b3G2R3R3U8O1I6_Y1k"]});

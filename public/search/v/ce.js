marrowSearch.addVocab("ce",{"cell":[14,4.96148,"XES3S1l2V6X1S1QBNXRdCk1i3d5k6_"],"centr":[5,3.73444,"Ei6_2b2d1M"],"central":[14,4.79504,"2N1RFSHSJU1X3H2R3Q3S8O1I6_Y1f"]});

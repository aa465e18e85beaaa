marrowSearch.addVocab("ev",{"even":[4,2.983,"X2_Od2c5W"],"event":[2,5.40049,"b4t9_"],"everi":[10,3.89978,"7U3g2-7c1W8QFVFcCeZ8_"],"evid":[15,4.44397,"4Y1T2Z2U1W1V3k1_2p5cOV1xGR8P5f"]});

marrowSearch.addVocab("ev",{"even":[4,2.93726,"X2_Ob2b5U"],"event":[2,5.53522,"b4u9_"],"everi":[10,4.00506,"7R3e2z7a1U8NFSFZCdZ8_"],"evid":[15,3.81411,"4c1X2c2c1b1a3e1_2x5SOZ1uGV8S5m"]});

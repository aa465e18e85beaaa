marrowSearch.addVocab("ev",{"even":[3,1.82876,"XQ_2-5p"],"event":[2,5.50765,"b4u9_"],"everi":[10,3.99127,"7R3e2z7a1U8NFVFYCcZ8_"],"evid":[15,3.79768,"4c1X2c2b1a1a3e1_2x5TOZ1uGV8S5m"]});

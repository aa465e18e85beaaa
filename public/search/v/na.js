marrowSearch.addVocab("na",{"name":[5,3.08712,"Dh4_AyX6R7n"],"nation":[3,2.51137,"MX2_1Y"],"nationwid":[13,3.06296,"DW1M5_9S1d1e8e3zMf2Z3k4a2a"],"nawawi":[1,1.61724,"M_"]});

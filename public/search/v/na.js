marrowSearch.addVocab("na",{"name":[5,3.0557,"Dh4_AyX6R7t"],"nation":[3,2.53902,"MY2_1Y"],"nationwid":[13,3.03817,"DW1M5_9S1d1e8e3zMf2Y3k4f2a"],"nawawi":[1,1.67461,"M_"]});

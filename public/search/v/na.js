marrowSearch.addVocab("na",{"name":[5,3.15504,"Di4_AyX6S7m"],"nation":[3,2.64313,"MZ2_1Z"],"nationwid":[13,3.09196,"DX1O5_9T1d1g8e3zMf2a3l4a2c"],"nawawi":[1,1.76564,"M_"]});

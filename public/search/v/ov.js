marrowSearch.addVocab("ov",{"overal":[5,3.27984,"D_6tBpX3Q3w"],"overturn":[1,1.61724,"M_"]});

marrowSearch.addVocab("ov",{"overal":[5,3.24424,"D_6tBoX3P3w"],"overturn":[1,1.67461,"M_"]});

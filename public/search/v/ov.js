marrowSearch.addVocab("ov",{"overal":[1,4.25485,"X2_"],"overturn":[1,2.09864,"M_"]});

marrowSearch.addVocab("ov",{"overal":[1,4.23676,"X2_"],"overturn":[1,2.08641,"M_"]});

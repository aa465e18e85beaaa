marrowSearch.addVocab("ov",{"overal":[1,4.21331,"X1_"],"overturn":[1,2.07142,"M_"]});

marrowSearch.addVocab("ov",{"overal":[1,4.23697,"X2_"],"overturn":[1,2.08655,"M_"]});

marrowSearch.addVocab("eq",{"equal":[1,2.64147,"X2_"],"equat":[1,3.05374,"N_"],"equip":[1,2.37717,"L_"]});

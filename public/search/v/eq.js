marrowSearch.addVocab("eq",{"equal":[1,2.65555,"X2_"],"equat":[1,3.0688,"N_"],"equip":[1,2.38195,"L_"]});

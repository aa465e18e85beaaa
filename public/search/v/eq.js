marrowSearch.addVocab("eq",{"equal":[1,2.64164,"X2_"],"equat":[1,3.05391,"N_"],"equip":[1,2.36887,"L_"]});

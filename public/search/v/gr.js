marrowSearch.addVocab("gr",{"graviti":[5,4.06861,"X2_5i4Y1dSb"],"great":[1,2.00718,"E_"],"groin":[1,5.88026,"YH_"],"group":[15,3.83656,"TUHZ7_5V1Y1JBS5-VwInX7z3s1l1n1p"]});

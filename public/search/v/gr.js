marrowSearch.addVocab("gr",{"graviti":[5,4.1262,"X2w5_4b1gSf"],"great":[1,1.97493,"E_"],"groin":[1,5.84594,"YH_"],"group":[15,3.82042,"TTHZ7_5V1Y1IBR5-VwInX7z3s1l1n1p"]});

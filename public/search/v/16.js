marrowSearch.addVocab("16",{"16":[1,5.60696,"X0_"],"161":[4,3.23396,"U_4eFd5_"]});

marrowSearch.addVocab("16",{"16":[1,5.56521,"V_"],"161":[4,3.20397,"T_4eFc5_"]});

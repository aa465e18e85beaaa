marrowSearch.addVocab("16",{"16":[1,5.5897,"X0_"],"161":[4,3.22162,"U_4eFc5_"]});

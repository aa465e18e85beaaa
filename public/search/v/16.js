marrowSearch.addVocab("16",{"16":[1,5.58949,"X0_"],"161":[4,3.22148,"U_4eFc5_"]});

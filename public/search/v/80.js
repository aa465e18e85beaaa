marrowSearch.addVocab("80",{"80":[1,2.64147,"X2_"],"802":[4,2.2115,"X5-1_Ap1u"]});

marrowSearch.addVocab("eq",{"equal":[1,2.62395,"X1_"],"equip":[1,2.36078,"L_"]});

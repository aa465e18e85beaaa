marrowSearch.addVocab("eq",{"equip":[1,1.85114,"L_"]});

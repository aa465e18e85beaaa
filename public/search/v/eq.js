marrowSearch.addVocab("eq",{"equip":[1,2.0088,"L_"]});

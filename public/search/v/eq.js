marrowSearch.addVocab("eq",{"equip":[1,1.84749,"L_"]});

marrowSearch.addVocab("ob",{"object":[7,5.72493,"5N4F7_C_F_D_F_"],"observ":[7,3.0355,"EB8m2_2TaVr2Y3Y"],"obtain":[11,3.64718,"2F2KD_2t2O1Z3c1ZOZJQ8n"]});

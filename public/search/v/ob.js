marrowSearch.addVocab("ob",{"object":[7,5.74121,"5N4F7_D_F_D_F_"],"observ":[7,3.05165,"EB8m3_2TaVq2Y3Y"],"obtain":[11,3.6637,"2F2KD_2t2O1Z4c1ZOZJQ8n"]});

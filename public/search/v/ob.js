marrowSearch.addVocab("ob",{"object":[7,5.74784,"5N4F7_D_F_D_F_"],"observ":[7,3.06218,"EB8m3_2QaVq2Y3Y"],"obtain":[11,3.67283,"2F2KD_2t2O1Z4c1XOZJP8n"]});

marrowSearch.addVocab("dw",{"dwell":[7,5.65071,"DLJL8b2xMJ3tI_"]});

marrowSearch.addVocab("dw",{"dwell":[7,5.64007,"DLJM8a2xMJ3tI_"]});

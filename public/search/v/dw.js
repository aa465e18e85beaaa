marrowSearch.addVocab("dw",{"dwell":[5,6.04289,"XGJ2_NM1ILT"]});

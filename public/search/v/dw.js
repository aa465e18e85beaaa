marrowSearch.addVocab("dw",{"dwell":[5,6.06145,"XHJ2_NM1ILT"]});

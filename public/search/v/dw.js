marrowSearch.addVocab("dw",{"dwell":[5,6.06135,"XHJ2_NM1ILT"]});

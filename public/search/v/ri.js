marrowSearch.addVocab("ri",{"right":[6,3.25904,"5LIa3y4iQ_ST"],"rigid":[1,1.74383,"3_"],"rise":[2,2.24287,"ZG_Y5v"],"risk":[6,3.16925,"EB5p3T2_UVQt"]});

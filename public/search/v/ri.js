marrowSearch.addVocab("ri",{"right":[6,3.2756,"5LJa3y4iQ_ST"],"rigid":[1,1.75243,"3_"],"rise":[2,2.24992,"ZH_Y5v"],"risk":[6,3.18576,"EB5p3T3_UVQt"]});

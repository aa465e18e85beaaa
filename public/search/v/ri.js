marrowSearch.addVocab("ri",{"right":[6,3.27573,"5LJa3y4iQ_ST"],"rigid":[1,1.7525,"3_"],"rise":[2,2.24997,"ZH_Y5v"],"risk":[6,3.18589,"EB5p3T3_UVQt"]});

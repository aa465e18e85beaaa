marrowSearch.addVocab("ri",{"right":[6,3.28664,"5LJa3v4iQ_SS"],"rigid":[1,1.75885,"3_"],"rise":[2,2.25407,"ZH_Y5v"],"risk":[6,3.19689,"EB5p3T3_UTQt"]});

marrowSearch.addVocab("ri",{"right":[2,3.72874,"ScI_"],"rigid":[1,3.9514,"3_"],"rise":[2,5.46898,"Z1_Y2t"],"risk":[1,3.26996,"Y8_"]});

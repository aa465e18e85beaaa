marrowSearch.addVocab("ri",{"right":[2,3.6901,"ScI_"],"rigid":[1,3.9081,"3_"],"rise":[2,5.44066,"Z1_Y2t"],"risk":[1,3.67856,"Y8_"]});

marrowSearch.addVocab("ri",{"right":[2,3.81721,"SdI_"],"rigid":[1,3.93048,"3_"],"rise":[2,5.34506,"Z1_Y2u"],"risk":[1,3.32558,"Y8_"]});

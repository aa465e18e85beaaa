marrowSearch.addVocab("et",{"et":[4,4.92525,"LV1a8r8_"]});

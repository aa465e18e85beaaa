marrowSearch.addVocab("et",{"et":[4,4.89044,"LV1c8r8_"]});

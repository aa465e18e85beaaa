marrowSearch.addVocab("et",{"et":[4,4.98838,"LX1c8s8_"]});

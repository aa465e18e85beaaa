marrowSearch.addVocab("vs",{"vs":[3,4.09714,"MQCYS_"]});

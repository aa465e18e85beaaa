marrowSearch.addVocab("vs",{"vs":[3,4.09733,"MQCYS_"]});

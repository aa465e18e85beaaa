marrowSearch.addVocab("vs",{"vs":[3,4.07538,"MQBXS_"]});

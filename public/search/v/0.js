marrowSearch.addVocab("0",{"0":[6,3.58963,"Mt3k1P5k2WF_"]});

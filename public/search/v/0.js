marrowSearch.addVocab("0",{"0":[3,3.25584,"M_2p1T"]});

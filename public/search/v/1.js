marrowSearch.addVocab("1",{"1":[15,3.72011,"7_1d3b2P8g1O6M2J2PCIEJ9c2p2SZ1n"]});

marrowSearch.addVocab("1",{"1":[15,3.69859,"7_1d3a2P8g1P6L2J2QCKEJ9c2p2SZ1n"]});

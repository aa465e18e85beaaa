marrowSearch.addVocab("2",{"2":[18,3.04706,"7U1j3g2_CI3Q4U4-2a6a6f2L3l3c7W2g3w1X"]});

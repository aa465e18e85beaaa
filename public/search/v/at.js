marrowSearch.addVocab("at",{"attempt":[20,2.89886,"7U6k4g2d2u1U1R1V1d5yDV1kH-1f2p1_4f5p1fXGt"]});

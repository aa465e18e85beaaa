marrowSearch.addVocab("at",{"attempt":[20,2.91178,"7S6i4f2c2r1S1P1U1b5wDX1lH_1e2o1z4e5m1dXGt"]});

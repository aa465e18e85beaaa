marrowSearch.addVocab("at",{"attempt":[20,2.92988,"7S6i4f2c2r1R1P1U1b5wDT1hH_1e2o1z4e5m1dXGt"]});

marrowSearch.addVocab("go",{"go":[10,3.23324,"QO8c3X3g1q6RJSF_3P1Q"],"goe":[6,3.48094,"UfGoKo8T5_5R"],"good":[3,5.57521,"X0eQY3_"]});

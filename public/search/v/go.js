marrowSearch.addVocab("go",{"go":[10,3.24823,"RO8d3X3g1q6RJSF_3P1Q"],"goe":[6,3.49764,"VfGoKo8T5_5R"],"good":[3,5.598,"X1eQY3_"]});

marrowSearch.addVocab("go",{"go":[10,3.24812,"RO8d3X3g1q6RJSF_3P1Q"],"goe":[6,3.49752,"VfGoKo8T5_5R"],"good":[3,5.59783,"X1eQY3_"]});

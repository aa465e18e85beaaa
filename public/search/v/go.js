marrowSearch.addVocab("go",{"go":[10,3.25682,"RM8d3X3g1p6RJSF_3O1Q"],"goe":[6,3.50824,"VfGoKo8T5_5Q"],"good":[3,5.61249,"X1eQY3_"]});

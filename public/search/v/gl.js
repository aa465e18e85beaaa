marrowSearch.addVocab("gl",{"glasgow":[2,3.90108,"XC_YDq"],"glossari":[3,3.21983,"7J5_YA_"],"glucos":[9,4.04858,"XQZ1i1g1N1_4c2_1eYKN"]});

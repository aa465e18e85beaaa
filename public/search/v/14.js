marrowSearch.addVocab("14",{"14":[6,3.99291,"UkPdJ_1Q8s1k"]});

marrowSearch.addVocab("14",{"14":[6,3.98,"UkPfJ_1Q8s1k"]});

marrowSearch.addVocab("14",{"14":[6,3.98015,"UkPfJ_1Q8s1k"]});

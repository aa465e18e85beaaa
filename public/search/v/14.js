marrowSearch.addVocab("14",{"14":[6,3.9604,"TkPfJ_1Q8s1k"]});

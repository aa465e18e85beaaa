marrowSearch.addVocab("ss",{"ssc":[2,3.29579,"J_b0_"]});

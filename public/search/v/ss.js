marrowSearch.addVocab("ss",{"ssc":[2,3.30207,"J_b1_"]});

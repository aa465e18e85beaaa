marrowSearch.addVocab("ss",{"ssc":[2,3.30205,"J_b1_"]});

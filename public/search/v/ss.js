marrowSearch.addVocab("ss",{"ssc":[2,3.30634,"J_b1_"]});

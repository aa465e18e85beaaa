marrowSearch.addVocab("sc",{"scale":[4,3.39135,"8SNlE_YDq"],"scalp":[1,2.5625,"Z7_"],"schemat":[2,2.92078,"8cN_"],"schwindt":[2,2.36411,"X2_Fz"],"score":[2,5.56337,"XD_YDU"]});

marrowSearch.addVocab("sc",{"scale":[4,3.40363,"8SNlE_YDq"],"scalp":[1,2.56689,"Z7_"],"schemat":[2,2.93444,"8bN_"],"schwindt":[2,2.37656,"X2_Fz"],"score":[2,5.57765,"XD_YDU"]});

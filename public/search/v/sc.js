marrowSearch.addVocab("sc",{"scale":[4,3.3912,"8SNlE_YDq"],"scalp":[1,2.56245,"Z7_"],"schemat":[2,2.92062,"8cN_"],"schwindt":[2,2.36397,"X2_Fz"],"score":[2,5.5632,"XD_YDU"]});

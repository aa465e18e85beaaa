marrowSearch.addVocab("sc",{"scale":[4,3.37352,"8SMlE_YDq"],"scalp":[1,2.55505,"Z6_"],"schemat":[2,2.90268,"8cM_"],"schwindt":[2,2.34799,"X1_Fz"],"score":[2,5.54141,"XC_YDU"]});

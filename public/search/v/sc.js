marrowSearch.addVocab("sc",{"scale":[2,4.02192,"8_KY"],"scalp":[1,6.24679,"YQ_"],"schemat":[2,4.02192,"8_Ku"],"schwindt":[2,3.17872,"Uc8_"],"score":[4,3.51286,"DdN_8WQv"]});

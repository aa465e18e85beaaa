marrowSearch.addVocab("sc",{"scale":[2,4.06,"8_KZ"],"scalp":[1,6.27678,"YQ_"],"schemat":[2,4.06,"8_Ku"],"schwindt":[2,3.21693,"Uc8_"],"score":[4,3.54554,"DdN_8SQv"]});

marrowSearch.addVocab("eh",{"ehr":[1,8.96694,"b6_"]});

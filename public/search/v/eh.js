marrowSearch.addVocab("eh",{"ehr":[1,8.13449,"b6_"]});

marrowSearch.addVocab("eh",{"ehr":[1,8.15705,"b6_"]});

marrowSearch.addVocab("id",{"idea":[2,3.00287,"2_Si"],"identifi":[1,6.31161,"a6_"]});

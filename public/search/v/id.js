marrowSearch.addVocab("id",{"idea":[2,2.82712,"2_Sh"],"identifi":[1,6.48951,"a6_"]});

marrowSearch.addVocab("id",{"idea":[2,2.86411,"2_Sh"],"identifi":[1,6.51646,"a6_"]});

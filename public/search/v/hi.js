marrowSearch.addVocab("hi",{"high":[2,3.6109,"XBlG_"],"higher":[5,4.95838,"XJu1f8LBUG_"],"hip":[1,6.43456,"YO_"]});

marrowSearch.addVocab("hi",{"high":[2,3.57222,"XBrG_"],"higher":[5,4.94191,"XJu1f8KBUG_"],"hip":[1,6.40654,"YO_"]});

marrowSearch.addVocab("ju",{"judg":[5,3.51931,"2JX3x8iI_BU"],"judgement":[2,2.22175,"1ybT_"],"jump":[1,1.84126,"B_"]});

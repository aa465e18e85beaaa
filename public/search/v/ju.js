marrowSearch.addVocab("ju",{"judg":[5,3.53659,"2JX4x8iI_BU"],"judgement":[2,2.22891,"1ybU_"],"jump":[1,1.84996,"B_"]});

marrowSearch.addVocab("ju",{"judg":[5,3.54791,"2JX4x8iI_BU"],"judgement":[2,2.2331,"1ybU_"],"jump":[1,1.85624,"B_"]});

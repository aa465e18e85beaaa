marrowSearch.addVocab("ju",{"judg":[5,3.53646,"2JX4x8iI_BU"],"judgement":[2,2.22886,"1ybU_"],"jump":[1,1.84989,"B_"]});

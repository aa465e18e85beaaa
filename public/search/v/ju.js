marrowSearch.addVocab("ju",{"judg":[3,3.37005,"2nV_5t"],"judgement":[2,5.37527,"1xbB_"],"jump":[1,4.20314,"B_"]});

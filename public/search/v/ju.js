marrowSearch.addVocab("ju",{"judg":[2,3.21693,"2uX4_"],"judgement":[2,5.40431,"1xbB_"],"jump":[1,4.24637,"B_"]});

marrowSearch.addVocab("ju",{"judg":[2,3.28717,"2wX4_"],"judgement":[2,5.29076,"1ybB_"],"jump":[1,4.33979,"B_"]});

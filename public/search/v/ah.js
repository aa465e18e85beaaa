marrowSearch.addVocab("ah",{"aha":[5,3.28683,"2LCB3_4XaTq"]});

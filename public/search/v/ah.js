marrowSearch.addVocab("ah",{"aha":[5,3.27524,"2LCB3_4XaTq"]});

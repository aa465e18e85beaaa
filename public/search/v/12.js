marrowSearch.addVocab("12",{"12":[7,3.10245,"Uu7c4o1R6WQ_3v"]});

marrowSearch.addVocab("12",{"12":[7,3.0904,"Uu7c4o1S6WQ_3v"]});

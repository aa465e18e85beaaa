marrowSearch.addVocab("12",{"12":[7,3.07257,"Tu7c4o1S6VQ_3v"]});

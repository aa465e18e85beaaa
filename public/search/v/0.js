marrowSearch.addVocab("0",{"0":[7,4.76922,"Me1_3X1I5X2NFk"]});

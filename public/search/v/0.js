marrowSearch.addVocab("0",{"0":[7,4.78005,"Me1_3X1H5X2NFk"]});

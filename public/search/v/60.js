marrowSearch.addVocab("60",{"60":[4,2.83055,"ED5_3aBj"]});

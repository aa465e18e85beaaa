marrowSearch.addVocab("60",{"60":[4,2.85974,"ED5_3aCj"]});

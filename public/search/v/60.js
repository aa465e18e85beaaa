marrowSearch.addVocab("60",{"60":[4,2.84754,"ED5_3aCj"]});

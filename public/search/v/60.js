marrowSearch.addVocab("60",{"60":[4,2.84739,"ED5_3aCj"]});

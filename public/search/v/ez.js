marrowSearch.addVocab("ez",{"ez":[2,3.84501,"X1_2n"]});

marrowSearch.addVocab("ez",{"ez":[2,3.82518,"X0_2n"]});

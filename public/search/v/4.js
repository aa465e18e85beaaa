marrowSearch.addVocab("4",{"4":[2,3.28717,"X6_RX"]});

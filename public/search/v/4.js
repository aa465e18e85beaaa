marrowSearch.addVocab("4",{"4":[2,3.21693,"X6_RW"]});

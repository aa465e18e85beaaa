marrowSearch.addVocab("4",{"4":[2,3.17872,"X6_RW"]});

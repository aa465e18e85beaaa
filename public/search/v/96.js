marrowSearch.addVocab("96",{"96":[2,3.74802,"X0vXD_"]});

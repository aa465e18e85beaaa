marrowSearch.addVocab("24",{"24":[2,3.74802,"X0vXD_"]});

marrowSearch.addVocab("96",{"96":[2,3.76245,"X0vXD_"]});

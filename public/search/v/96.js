marrowSearch.addVocab("96",{"96":[2,3.74819,"X0vXD_"]});

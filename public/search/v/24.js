marrowSearch.addVocab("24",{"24":[2,3.74819,"X0vXD_"]});

marrowSearch.addVocab("24",{"24":[2,3.76245,"X0vXD_"]});

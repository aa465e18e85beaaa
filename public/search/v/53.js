marrowSearch.addVocab("53",{"53":[3,3.19986,"X7_3-2b"]});

marrowSearch.addVocab("53",{"53":[3,3.23074,"X7_3_2Z"]});

marrowSearch.addVocab("53",{"53":[3,3.18645,"X7_3_2Y"]});

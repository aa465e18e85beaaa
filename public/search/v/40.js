marrowSearch.addVocab("40",{"40":[2,4.52703,"X3_7Q"]});

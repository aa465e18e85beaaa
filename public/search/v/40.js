marrowSearch.addVocab("40",{"40":[2,4.50449,"X2_7Q"]});

marrowSearch.addVocab("72",{"72":[2,3.30721,"XJy4_"]});

marrowSearch.addVocab("72",{"72":[2,3.3074,"XJy4_"]});

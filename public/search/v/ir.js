marrowSearch.addVocab("ir",{"irrit":[4,3.15054,"X3_4y4nTp"]});

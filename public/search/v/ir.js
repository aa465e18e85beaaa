marrowSearch.addVocab("ir",{"irrit":[4,3.06292,"X3_4z4mTq"]});

marrowSearch.addVocab("40",{"40":[2,4.54302,"X3_7P"]});

marrowSearch.addVocab("45",{"45":[1,3.3124,"X3_"]});

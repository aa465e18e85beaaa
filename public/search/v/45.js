marrowSearch.addVocab("45",{"45":[2,2.97814,"X3_7c"]});

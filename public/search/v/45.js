marrowSearch.addVocab("45",{"45":[1,3.31221,"X3_"]});

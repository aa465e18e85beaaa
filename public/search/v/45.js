marrowSearch.addVocab("45",{"45":[1,3.29244,"X2_"]});

marrowSearch.addVocab("94",{"94":[1,2.64147,"X2_"]});

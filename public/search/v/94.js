marrowSearch.addVocab("94",{"94":[1,2.64164,"X2_"]});

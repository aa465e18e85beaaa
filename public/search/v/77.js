marrowSearch.addVocab("77",{"77":[1,2.64164,"X2_"]});

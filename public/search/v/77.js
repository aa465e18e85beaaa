marrowSearch.addVocab("77",{"77":[1,2.64147,"X2_"]});

marrowSearch.addVocab("77",{"77":[1,2.18726,"U_"]});

marrowSearch.addVocab("77",{"77":[1,2.15314,"U_"]});

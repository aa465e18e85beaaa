marrowSearch.addVocab("77",{"77":[1,2.32965,"U_"]});

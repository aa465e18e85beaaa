marrowSearch.addVocab("51",{"51":[1,4.60315,"I_"]});

marrowSearch.addVocab("47",{"47":[1,4.60315,"I_"]});

marrowSearch.addVocab("00",{"000":[1,4.60315,"I_"]});

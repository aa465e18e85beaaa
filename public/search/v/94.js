marrowSearch.addVocab("94",{"94":[1,2.18726,"U_"]});

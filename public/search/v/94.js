marrowSearch.addVocab("94",{"94":[1,2.15314,"U_"]});

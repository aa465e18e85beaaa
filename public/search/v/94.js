marrowSearch.addVocab("94",{"94":[1,2.32965,"U_"]});

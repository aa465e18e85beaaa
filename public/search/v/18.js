marrowSearch.addVocab("18",{"18":[6,3.23019,"I_Eq2wGt5UKW"]});

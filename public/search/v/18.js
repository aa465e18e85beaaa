marrowSearch.addVocab("18",{"18":[6,3.24114,"I_Eq2wGt5TKW"]});

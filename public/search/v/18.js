marrowSearch.addVocab("18",{"18":[6,3.23006,"I_Eq2wGt5UKW"]});

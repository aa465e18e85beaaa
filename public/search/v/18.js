marrowSearch.addVocab("18",{"18":[6,3.21352,"I_Dp2wGt5UKW"]});

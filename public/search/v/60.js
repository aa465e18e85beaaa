marrowSearch.addVocab("60",{"60":[5,2.47411,"Ee6_2X3X5h"]});

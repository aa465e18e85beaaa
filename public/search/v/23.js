marrowSearch.addVocab("23",{"23":[2,4.41511,"XIq3_"]});

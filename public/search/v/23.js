marrowSearch.addVocab("23",{"23":[2,4.42895,"XIq3_"]});

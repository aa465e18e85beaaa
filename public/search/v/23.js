marrowSearch.addVocab("23",{"23":[2,4.41527,"XIq3_"]});

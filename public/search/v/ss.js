marrowSearch.addVocab("ss",{"ssc":[2,7.23542,"KPaD_"]});

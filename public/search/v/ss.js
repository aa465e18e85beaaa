marrowSearch.addVocab("ss",{"ssc":[2,7.21455,"KPaD_"]});

marrowSearch.addVocab("ss",{"ssc":[2,7.97998,"KOaD_"]});

marrowSearch.addVocab("oh",{"ohca":[2,7.52121,"MLYM_"]});

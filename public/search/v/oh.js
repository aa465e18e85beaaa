marrowSearch.addVocab("oh",{"ohca":[2,8.12945,"MLYM_"]});

marrowSearch.addVocab("oh",{"ohca":[2,7.50509,"MMYM_"]});

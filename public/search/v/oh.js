marrowSearch.addVocab("oh",{"ohca":[2,3.35977,"MxZ9_"]});

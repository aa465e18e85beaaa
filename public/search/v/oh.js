marrowSearch.addVocab("oh",{"ohca":[2,3.35792,"MxZ9_"]});

marrowSearch.addVocab("oh",{"ohca":[2,3.35794,"MxZ9_"]});

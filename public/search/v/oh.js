marrowSearch.addVocab("oh",{"ohca":[2,3.35198,"MwZ8_"]});

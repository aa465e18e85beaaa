marrowSearch.addVocab("53",{"53":[1,3.9189,"XE_"]});

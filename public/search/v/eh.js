marrowSearch.addVocab("eh",{"ehr":[1,3.69346,"bO_"]});

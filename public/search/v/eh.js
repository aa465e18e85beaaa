marrowSearch.addVocab("eh",{"ehr":[1,3.70234,"bP_"]});

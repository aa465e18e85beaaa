marrowSearch.addVocab("eh",{"ehr":[1,3.69993,"bP_"]});

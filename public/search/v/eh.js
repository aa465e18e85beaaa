marrowSearch.addVocab("eh",{"ehr":[1,3.69996,"bP_"]});

marrowSearch.addVocab("et",{"et":[3,5.02724,"MlC_F-"]});

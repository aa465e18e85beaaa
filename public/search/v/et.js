marrowSearch.addVocab("et",{"et":[3,5.01212,"MlC_F-"]});

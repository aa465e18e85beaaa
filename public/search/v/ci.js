marrowSearch.addVocab("ci",{"circul":[11,3.1215,"2H1TJOX2_CrTVJU3VBj1S1U"],"circumst":[1,2.35814,"aE_"],"citat":[4,5.31723,"8I1I1WbN_"],"cite":[6,4.79773,"3G4BIg2J6db0_"]});

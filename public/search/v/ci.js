marrowSearch.addVocab("ci",{"circul":[11,3.12988,"2H1TJPX2_CrTVJU3VBj1S1U"],"circumst":[1,2.36331,"aE_"],"citat":[4,5.32401,"8I1I1WbN_"],"cite":[6,4.80385,"3G4BIg2I6db0_"]});

marrowSearch.addVocab("ci",{"circul":[11,3.10678,"2H1TJOX1_CrTVJU3VBj1S1U"],"circumst":[1,2.35007,"aD_"],"citat":[4,5.30261,"8I1I1WbM_"],"cite":[6,4.78383,"3G4BHg2J6db0_"]});

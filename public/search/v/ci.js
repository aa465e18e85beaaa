marrowSearch.addVocab("ci",{"circul":[10,5.18739,"2N1fJCNb2VX7kGl9_1g1i"],"circumst":[1,5.61659,"ZR_"],"citat":[5,5.77799,"8a1Z1_4Gb0s"],"cite":[4,5.1933,"3a4RIRaL_"]});

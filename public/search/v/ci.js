marrowSearch.addVocab("ci",{"circul":[10,5.19735,"2N1fJCNc2VX7kGl9_1g1i"],"circumst":[1,5.65301,"ZR_"],"citat":[5,5.8015,"8a1Z1_4Gb0r"],"cite":[4,5.21123,"3b4RIRaL_"]});

marrowSearch.addVocab("va",{"valu":[20,4.42596,"5Q2K1U5U1EVX1R1S1_1R2c1N2n1V3e2VBXXSd4aSY"],"vapour":[1,5.80889,"ZL_"],"vari":[2,3.63092,"XJ_1u"],"vascular":[5,3.4362,"2j1q1_3fER"]});

marrowSearch.addVocab("va",{"valu":[20,4.28174,"5Q2J1U5U1DVZ1R1T1_1S2e1N2o1X3e2VBXXSf4cSZ"],"vapour":[1,5.88024,"ZL_"],"vari":[2,3.78375,"XJ_1p"],"vascular":[5,3.2903,"2i1s1_3eEQ"]});

marrowSearch.addVocab("va",{"valu":[20,4.2852,"5Q2J1U5U1DVZ1S1T1_1S2e1N2p1X3e2VBXXSg4dSZ"],"vapour":[1,5.91423,"ZL_"],"vari":[2,3.8223,"XJ_1p"],"vascular":[5,3.32128,"2i1s1_3eEQ"]});

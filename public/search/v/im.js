marrowSearch.addVocab("im",{"impair":[1,2.51868,"ZH_"],"imperfecta":[2,3.43674,"OiZ4_"],"import":[4,4.136,"1SX6_Tr8v"],"improv":[1,1.92399,"R_"]});

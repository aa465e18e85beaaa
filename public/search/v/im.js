marrowSearch.addVocab("im",{"impair":[1,2.51403,"ZH_"],"imperfecta":[2,3.43543,"OiZ4_"],"import":[4,4.12462,"1SX6_Tr8v"]});

marrowSearch.addVocab("im",{"impair":[1,2.50647,"ZG_"],"imperfecta":[2,3.42996,"NiZ4_"],"import":[4,4.107,"1SX5_Tr8v"]});

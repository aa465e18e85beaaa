marrowSearch.addVocab("im",{"impair":[1,2.51409,"ZH_"],"imperfecta":[2,3.43544,"OiZ4_"],"import":[4,4.12475,"1SX6_Tr8v"]});

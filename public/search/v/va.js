marrowSearch.addVocab("va",{"valu":[16,5.10459,"5A271C65XAj1T1_1N2d1O2p3a1SYIG4FSE"],"vapour":[1,2.44474,"a8_"],"vari":[2,3.89515,"XT_1v"],"vascular":[5,1.74197,"2d1k1r3VE_"]});

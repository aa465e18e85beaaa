marrowSearch.addVocab("va",{"valu":[16,5.1058,"5A271C65XAj1T1_1N2d1P2p3a1SYIG4FSE"],"vapour":[1,2.44966,"a8_"],"vari":[2,3.90953,"XT_1v"],"vascular":[5,1.74547,"2d1l1s3VE_"]});

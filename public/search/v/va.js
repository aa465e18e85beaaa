marrowSearch.addVocab("va",{"valu":[16,5.09261,"5A271C65X9j1T1_1N2d1O2p3a1SYIG4FSE"],"vapour":[1,2.43696,"a7_"],"vari":[2,3.87545,"XS_1v"],"vascular":[5,1.72928,"2d1l1s3VE_"]});

marrowSearch.addVocab("va",{"valu":[16,5.1046,"5A271C65XAj1T1_1N2d1O2p3a1SYIG4FSE"],"vapour":[1,2.4448,"a8_"],"vari":[2,3.89532,"XT_1v"],"vascular":[5,1.73588,"2d1l1s3VE_"]});

marrowSearch.addVocab("sy",{"syndrom":[8,5.16976,"EFDV7f5t3T2TNYU_"],"synthesi":[1,1.97493,"E_"],"syring":[1,3.01461,"X0_"],"systemat":[7,4.49892,"XHd3f2t6KZ7n8_2v"]});

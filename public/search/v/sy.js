marrowSearch.addVocab("sy",{"syndrom":[8,5.1841,"EGDV7T5s3U2RNYU_"],"synthesi":[1,2.00718,"E_"],"syring":[4,4.27474,"X0_2hANSb"],"systemat":[7,4.51391,"XHe3f2t6LZ7n8_2v"]});

marrowSearch.addVocab("sy",{"syndrom":[8,5.78777,"EFDT7R5v3R2PNUU_"],"synthesi":[1,2.14942,"E_"],"syring":[4,4.43025,"X0_2gAOSa"],"systemat":[7,4.4672,"XHd3h2v6MZ7o8_2u"]});

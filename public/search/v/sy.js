marrowSearch.addVocab("sy",{"syndrom":[8,3.06636,"EAT_3q1U1s6TUSSn"],"synthesi":[1,0.765976,"E_"],"syring":[10,3.33333,"X3v1W1_3z1d6h4yTj4e1r"],"systemat":[7,3.3008,"XGWAl3_2zZMT8a2W"]});

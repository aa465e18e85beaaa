marrowSearch.addVocab("sy",{"syndrom":[8,3.08216,"EAU_3q1U1s6TUSSn"],"synthesi":[1,0.771694,"E_"],"syring":[10,3.35112,"X4v1W1_3z1d6h4yTj4e1r"],"systemat":[7,3.31958,"XHWAl3_2zZMT8a2W"]});

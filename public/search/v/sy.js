marrowSearch.addVocab("sy",{"syndrom":[8,3.08204,"EAU_3q1U1s6TUSSn"],"synthesi":[1,0.771639,"E_"],"syring":[10,3.35099,"X4v1W1_3z1d6h4yTj4e1r"],"systemat":[7,3.31943,"XHWAl3_2zZMT8a2W"]});

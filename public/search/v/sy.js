marrowSearch.addVocab("sy",{"syndrom":[8,3.09212,"EAU_3q1U1s6SUkSn"],"synthesi":[1,0.776279,"E_"],"syring":[10,3.36216,"X4v1W1_3z1c6h4yTj4e1r"],"systemat":[7,3.33217,"XHWAl3_2zZMT8a2W"]});

marrowSearch.addVocab("7",{"7":[7,2.58524,"Dk6_2U1j3R5ZEX"]});

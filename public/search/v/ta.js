marrowSearch.addVocab("ta",{"tabl":[11,2.13768,"8z3W2d9a2kEnBi3j7_3fDe"],"take":[27,2.21191,0],"taken":[7,2.46107,"5RE_8aAmZEoBh3o"],"target":[3,2.89367,"OmR_4e"],"taught":[3,1.95608,"Ah4L7_"]});

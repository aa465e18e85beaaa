marrowSearch.addVocab("ta",{"tabl":[11,2.13757,"8z3W2d9a2kEnBi3j7_3fDe"],"take":[27,2.21184,0],"taken":[7,2.46094,"5RE_8aAmZEoBh3o"],"target":[3,2.89352,"OmR_4e"],"taught":[3,1.96294,"Ah4K7_"]});

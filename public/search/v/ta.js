marrowSearch.addVocab("ta",{"tabl":[11,2.12396,"8z3W2d9a1kEnBh3j7_3fDe"],"take":[27,2.19997,0],"taken":[7,2.44586,"5RE_7aAmZEoBh3o"],"target":[3,2.87615,"NmR_4e"],"taught":[3,1.94897,"Ah4K7_"]});

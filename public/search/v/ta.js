marrowSearch.addVocab("ta",{"tabl":[11,2.14684,"8z3W2d9a2kEnBi3j7_3fDe"],"take":[27,2.21757,0],"taken":[8,2.37651,"5RE_8XAmX1gYDoBh3n"],"target":[3,2.90655,"OmR_4c"],"taught":[3,1.96689,"Ah4L7_"]});

marrowSearch.addVocab("wr",{"wrap":[3,2.73175,"U-5_Go"],"wright":[1,2.36078,"L_"],"written":[8,3.33158,"4OAG7T3tFuX1_1a9x"],"wrong":[1,2.13863,"YK_"]});

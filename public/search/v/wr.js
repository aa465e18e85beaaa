marrowSearch.addVocab("wr",{"wrap":[3,2.74888,"V-5_Go"],"written":[8,3.34734,"4OAG7T4tFuX1_1a9x"],"wrong":[1,2.15411,"YL_"]});

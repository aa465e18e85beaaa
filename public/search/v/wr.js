marrowSearch.addVocab("wr",{"wrap":[3,2.76157,"V-5_Go"],"written":[8,3.35686,"4OAG7T4tFuX1_1a9x"],"wrong":[1,2.10523,"YL_"]});

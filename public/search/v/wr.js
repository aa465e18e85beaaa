marrowSearch.addVocab("wr",{"wrap":[3,2.74873,"V-5_Go"],"wright":[1,2.37717,"L_"],"written":[8,3.34722,"4OAG7T4tFuX1_1a9x"],"wrong":[1,2.15396,"YL_"]});

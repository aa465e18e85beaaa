marrowSearch.addVocab("eu",{"europ":[4,2.45978,"XB_1hLcAq"],"european":[12,5.09412,"2NBL4U1SAI1ODR2PKI1D2UYT_"]});

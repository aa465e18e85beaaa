marrowSearch.addVocab("ke",{"keep":[7,3.46511,"QP9e6P1_3fSaFU"],"key":[8,5.46173,"792FGwFvDyDI2_Fy"]});

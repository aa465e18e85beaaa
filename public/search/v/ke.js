marrowSearch.addVocab("ke",{"keep":[7,3.48129,"RP9e6P1_3fSaFU"],"key":[8,5.47791,"792FHwFvDyDI2_Fy"]});

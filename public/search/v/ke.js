marrowSearch.addVocab("ke",{"keep":[7,3.48117,"RP9e6P1_3fSaFU"],"key":[8,5.47783,"792FHwFvDyDI2_Fy"]});

marrowSearch.addVocab("ke",{"keep":[7,3.49119,"RN9e6O1_3fSaFU"],"key":[8,5.48452,"792FHwFvDyDI2_Fy"]});

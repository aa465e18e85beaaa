marrowSearch.addVocab("av",{"avail":[1,4.43885,"XF_"],"averag":[1,5.69547,"bA_"],"avoid":[8,6.07211,"NI1L1K2RA_LQ1RGH"]});

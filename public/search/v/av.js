marrowSearch.addVocab("av",{"avail":[1,4.35472,"XF_"],"averag":[1,6.12655,"bA_"],"avoid":[8,5.73207,"NI1L1K2SA_LQ1SGH"]});

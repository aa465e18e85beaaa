marrowSearch.addVocab("av",{"avail":[1,4.31165,"XF_"],"averag":[1,6.09482,"bA_"],"avoid":[8,5.72768,"NI1M1K2SA_LQ1SGH"]});

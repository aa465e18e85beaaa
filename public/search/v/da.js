marrowSearch.addVocab("da",{"damag":[3,4.10295,"XN_3T2S"],"dash":[1,2.07637,"XK_"],"data":[8,4.33455,"EJ5a3F1c2FX2b9dZ7_"],"databas":[3,5.03585,"ELOba0_"],"day":[4,5.24595,"Mp2i1gYG_"]});

marrowSearch.addVocab("da",{"damag":[3,3.94905,"XN_3W2V"],"dash":[1,2.198,"XK_"],"data":[8,4.28969,"EK5b3G1f2HX2d9eZ7_"],"databas":[3,4.68151,"EOOfa0_"],"day":[4,5.19166,"Ms2k1iYG_"]});

marrowSearch.addVocab("ga",{"gas":[9,5.09572,"XTY3_1e2U3jYGK4SAK7H"],"gase":[4,6.66754,"XPY6Z1_3T"],"gather":[4,3.77499,"8PShX7U8_"],"gaug":[3,3.24981,"ECLrXV_"],"gave":[2,4.67026,"LTXC_"]});

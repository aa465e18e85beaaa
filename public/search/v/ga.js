marrowSearch.addVocab("ga",{"gas":[9,5.08882,"XTX3_1e2U3kYGK4SAK7H"],"gase":[4,6.65996,"XPY6Z1_3T"],"gather":[4,3.76307,"8PShX7U8_"],"gaug":[3,3.24894,"ECLrXV_"],"gave":[2,4.65701,"LTXC_"]});

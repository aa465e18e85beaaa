marrowSearch.addVocab("ga",{"gas":[9,5.07265,"XSX3_1e2U3kYGK4SAK7H"],"gase":[4,6.64263,"XOY6Z1_3T"],"gather":[4,3.7451,"8PRhX7U8_"],"gaug":[3,3.24383,"ECKrXV_"],"gave":[2,4.63724,"LTXB_"]});

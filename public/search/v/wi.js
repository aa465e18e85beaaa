marrowSearch.addVocab("wi",{"wide":[6,3.07109,"AN4BV_9y7_1u"],"within":[9,2.63965,"LwD_XKX1a4YBc1cAbXQX"],"without":[14,2.60143,"ALGnBw1b4Q4i3r3YMc1U3_BXYUT3Y"]});

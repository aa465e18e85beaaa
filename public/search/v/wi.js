marrowSearch.addVocab("wi",{"wide":[6,3.06001,"AN4BV_9y7_1u"],"within":[9,2.62856,"LwD_XKX1a4YBc1cAbXQX"],"without":[14,2.59322,"ALGnBw1b4R4i3r3YMc1U3_BXYUT3Y"]});

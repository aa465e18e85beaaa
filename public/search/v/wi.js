marrowSearch.addVocab("wi",{"wide":[6,3.04347,"AN4BU_9y7_1u"],"within":[9,2.61218,"LwC_XKX1a4ZBc1cAbXQX"],"without":[14,2.57924,"ALFnBw1b4R4i3r3YMc1U3_BXYUT3Y"]});

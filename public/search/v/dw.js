marrowSearch.addVocab("dw",{"dwell":[5,6.07052,"XHJ2_NN1ILT"]});

marrowSearch.addVocab("sa",{"safe":[2,2.4749,"N_2f"],"salin":[9,3.90601,"LKBU2c9WFd8e3g6QB_"],"salt":[1,6.9096,"aC_"],"sampl":[27,3.6446,0],"say":[8,3.38815,"Aq4P3p5L3L1_X2S5o"]});

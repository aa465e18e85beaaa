marrowSearch.addVocab("sa",{"safe":[2,2.29579,"N_2f"],"salin":[9,3.91442,"LIBS2c9UFb8f3e6PB_"],"salt":[1,7.007,"aC_"],"sampl":[27,3.39539,0],"say":[8,3.36946,"Aq4O3o5J3K1_X2Q5m"]});

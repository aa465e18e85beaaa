marrowSearch.addVocab("14",{"14":[9,3.34456,"SS1eC_Mg1x1L2o7b1k"]});

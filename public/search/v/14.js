marrowSearch.addVocab("14",{"14":[9,3.41981,"SU1eC_Mg1x1M2n7d1l"]});

marrowSearch.addVocab("14",{"14":[9,3.36762,"ST1fC_Mh1y1L2o7b1k"]});

marrowSearch.addVocab("ox",{"oxygen":[5,3.51931,"XV_Y4YUa4a2o"]});

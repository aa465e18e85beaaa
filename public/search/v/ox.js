marrowSearch.addVocab("ox",{"oxygen":[5,3.53659,"Y0_Y4YUa4a2o"]});

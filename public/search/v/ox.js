marrowSearch.addVocab("ox",{"oxygen":[5,3.54791,"Y0_Y4YUa4a2o"]});

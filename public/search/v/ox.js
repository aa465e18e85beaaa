marrowSearch.addVocab("ox",{"oxygen":[5,3.53646,"Y0_Y4YUa4a2o"]});

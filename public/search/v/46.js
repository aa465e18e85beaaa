marrowSearch.addVocab("46",{"46":[2,2.73292,"Mh1_"]});

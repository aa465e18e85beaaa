marrowSearch.addVocab("46",{"46":[2,2.74641,"Mh1_"]});

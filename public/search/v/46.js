marrowSearch.addVocab("46",{"46":[2,2.73308,"Mh1_"]});

marrowSearch.addVocab("46",{"46":[1,1.61724,"M_"]});

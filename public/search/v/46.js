marrowSearch.addVocab("46",{"46":[1,2.07142,"M_"]});

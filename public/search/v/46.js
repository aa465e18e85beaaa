marrowSearch.addVocab("46",{"46":[1,1.76564,"M_"]});

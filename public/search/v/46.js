marrowSearch.addVocab("46",{"46":[1,1.67461,"M_"]});

marrowSearch.addVocab("26",{"26":[3,3.3819,"LSXB_Bc"]});

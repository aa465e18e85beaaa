marrowSearch.addVocab("26",{"26":[3,3.42183,"LSXB_Bc"]});

marrowSearch.addVocab("26",{"26":[1,2.94556,"YA_"]});

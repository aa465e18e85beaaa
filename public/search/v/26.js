marrowSearch.addVocab("26",{"26":[3,3.43578,"LUXB_Be"]});

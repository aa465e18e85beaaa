marrowSearch.addVocab("26",{"26":[1,2.92691,"Y9_"]});

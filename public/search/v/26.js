marrowSearch.addVocab("26",{"26":[1,2.94574,"YA_"]});

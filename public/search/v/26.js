marrowSearch.addVocab("26",{"26":[1,2.9604,"YA_"]});

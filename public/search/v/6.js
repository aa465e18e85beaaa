marrowSearch.addVocab("6",{"6":[10,2.74544,"NgBxCk3v1uA_7X7f1WAT"]});

marrowSearch.addVocab("6",{"6":[10,2.736,"NgBxCk3v1uA_7X7f1WAU"]});

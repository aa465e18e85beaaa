marrowSearch.addVocab("6",{"6":[10,2.73589,"NgBxCk3v1uA_7X7f1WAU"]});

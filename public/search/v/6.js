marrowSearch.addVocab("6",{"6":[9,2.81456,"X1wCk3v1uA_7X7f1WAU"]});

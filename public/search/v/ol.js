marrowSearch.addVocab("ol",{"old":[2,2.06395,"PkJ_"]});

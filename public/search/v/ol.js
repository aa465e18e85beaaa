marrowSearch.addVocab("ol",{"old":[2,1.96951,"PqJ_"]});

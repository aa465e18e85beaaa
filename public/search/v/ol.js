marrowSearch.addVocab("ol",{"old":[2,1.8423,"PpJ_"]});

marrowSearch.addVocab("ol",{"old":[4,3.38591,"RlF_DpFa"]});

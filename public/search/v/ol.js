marrowSearch.addVocab("ol",{"old":[4,3.47774,"RnF_DqFb"]});

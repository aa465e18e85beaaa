marrowSearch.addVocab("ol",{"old":[4,3.47756,"RnF_DqFb"]});

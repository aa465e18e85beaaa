marrowSearch.addVocab("ol",{"old":[4,3.45742,"QnF_DqFb"]});

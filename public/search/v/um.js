marrowSearch.addVocab("um",{"umbil":[5,5.08721,"K_6Y1UXRKOZ"]});

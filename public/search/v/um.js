marrowSearch.addVocab("um",{"umbil":[5,5.07707,"K_6Y1WXRKOZ"]});

marrowSearch.addVocab("um",{"umbil":[5,5.05905,"K_5Y1WXRKOZ"]});

marrowSearch.addVocab("um",{"umbil":[5,5.07719,"K_6Y1WXRKOZ"]});

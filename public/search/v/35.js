marrowSearch.addVocab("35",{"35":[3,1.79786,"Lr9_Ex"]});

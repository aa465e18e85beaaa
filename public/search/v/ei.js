marrowSearch.addVocab("ei",{"either":[3,3.48932,"UZEX6_"]});

marrowSearch.addVocab("id",{"idea":[1,1.45509,"2_"],"ideal":[1,2.66641,"N_"],"identifi":[1,2.63157,"aO_"]});

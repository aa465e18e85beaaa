marrowSearch.addVocab("91",{"91":[3,2.53405,"Mh1_Bt"],"918":[1,3.0688,"N_"]});

marrowSearch.addVocab("91",{"91":[3,2.52161,"Mh1_Bs"],"918":[1,3.05374,"N_"]});

marrowSearch.addVocab("91",{"91":[3,2.52175,"Mh1_Bs"],"918":[1,3.05391,"N_"]});

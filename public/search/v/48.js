marrowSearch.addVocab("48",{"48":[1,2.08003,"XA_"]});

marrowSearch.addVocab("48",{"48":[1,2.00452,"XA_"]});

marrowSearch.addVocab("48",{"48":[1,2.07988,"XA_"]});

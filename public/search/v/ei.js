marrowSearch.addVocab("ei",{"either":[3,3.54927,"UWEU6_"]});

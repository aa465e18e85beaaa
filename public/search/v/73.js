marrowSearch.addVocab("73",{"73":[3,3.12698,"XA_Mg1U"]});

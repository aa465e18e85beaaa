marrowSearch.addVocab("73",{"73":[3,3.20912,"XA_Mg1V"]});

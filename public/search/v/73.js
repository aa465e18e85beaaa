marrowSearch.addVocab("73",{"73":[3,3.1625,"XA_Mh1U"]});

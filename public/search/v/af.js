marrowSearch.addVocab("af",{"affect":[1,1.61724,"M_"],"afterward":[2,4.9107,"X9_1i"]});

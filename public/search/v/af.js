marrowSearch.addVocab("af",{"affect":[1,1.67461,"M_"],"afterward":[2,4.87708,"X9_1i"]});

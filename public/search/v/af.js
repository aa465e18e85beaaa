marrowSearch.addVocab("af",{"affect":[1,1.76564,"M_"],"afterward":[2,4.98681,"X9_1i"]});

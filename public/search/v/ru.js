marrowSearch.addVocab("ru",{"rule":[1,3.66827,"X1_"],"run":[10,3.77995,"KW1IDc9U1Y7gIe3WE_XSz"]});

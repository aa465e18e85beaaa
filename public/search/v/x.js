marrowSearch.addVocab("x",{"x":[5,2.79711,"Ng2RH_NUAf"]});

marrowSearch.addVocab("x",{"x":[5,2.7657,"Ng2SH_NUAf"]});

marrowSearch.addVocab("af",{"affect":[1,2.08655,"M_"],"aftercar":[1,7.58392,"XJ_"],"afterward":[1,4.79145,"XC_"]});

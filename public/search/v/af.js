marrowSearch.addVocab("af",{"affect":[1,2.08641,"M_"],"aftercar":[1,7.58374,"XJ_"],"afterward":[1,4.79126,"XC_"]});

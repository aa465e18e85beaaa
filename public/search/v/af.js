marrowSearch.addVocab("af",{"affect":[1,2.09864,"M_"],"aftercar":[1,7.59849,"XJ_"],"afterward":[1,4.80694,"XC_"]});

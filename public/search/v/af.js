marrowSearch.addVocab("af",{"affect":[1,2.07142,"M_"],"aftercar":[1,7.56017,"XI_"],"afterward":[1,4.76971,"XB_"]});

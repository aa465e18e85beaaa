marrowSearch.addVocab("es",{"escal":[1,2.21779,"XM_"],"escap":[1,3.9189,"XE_"],"especi":[1,3.74095,"P_"],"estim":[2,2.25809,"XG_aBz"]});

marrowSearch.addVocab("es",{"escal":[1,2.23366,"XN_"],"escap":[1,3.94015,"XF_"],"especi":[1,3.76191,"Q_"],"estim":[2,2.27383,"XH_aBz"]});

marrowSearch.addVocab("es",{"escal":[1,2.11853,"XN_"],"escap":[1,3.95606,"XF_"],"especi":[1,3.77773,"Q_"],"estim":[2,2.28602,"XH_aBy"]});

marrowSearch.addVocab("es",{"escal":[1,2.23351,"XN_"],"escap":[1,3.93996,"XF_"],"especi":[1,3.76172,"Q_"],"estim":[2,2.27368,"XH_aBz"]});

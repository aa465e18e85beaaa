marrowSearch.addVocab("es",{"especi":[2,3.68226,"On3_"],"estim":[1,5.80889,"b9_"]});

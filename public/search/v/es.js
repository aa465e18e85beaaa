marrowSearch.addVocab("es",{"especi":[2,3.54392,"On3_"],"estim":[1,5.88024,"b9_"]});

marrowSearch.addVocab("x",{"x":[5,2.83835,"Nj2TH_NVAh"]});

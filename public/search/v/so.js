marrowSearch.addVocab("so",{"sodium":[5,5.0941,"XHc1d1c1JYO_"],"soft":[1,5.84668,"YG_"],"soon":[3,4.54621,"G_BkFi"],"sourc":[20,3.27896,"3o4P3c1b3c9_1Q1P1k2Z1t2j1P4e2V2h3QLa1Z5a"]});

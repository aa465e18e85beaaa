marrowSearch.addVocab("ru",{"rule":[5,3.4196,"G_7a1z5u7c"],"run":[17,2.71029,"LR6_1t9q3g1e3oAg6o4y2j3m8u3k4f1PYFT"]});

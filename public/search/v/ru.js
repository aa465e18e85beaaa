marrowSearch.addVocab("ru",{"rule":[5,3.43687,"G_8a1z5u7c"],"run":[17,2.72364,"LR7_1t9q3g1e3oAg6o4y2j3m8u3k4f1PYFT"]});

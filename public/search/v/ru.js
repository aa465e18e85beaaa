marrowSearch.addVocab("ru",{"rule":[5,3.44831,"G_8a1z5u7c"],"run":[17,2.73061,"LR7_1t9q3g1d3oAq6o4y2j3k8u3k4e1PYFS"]});

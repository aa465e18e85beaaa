marrowSearch.addVocab("jo",{"job":[2,4.65685,"XB_X6m"],"joint":[1,3.26347,"V_"]});

marrowSearch.addVocab("jo",{"job":[2,4.67026,"XB_X6m"],"joint":[1,3.27891,"V_"]});

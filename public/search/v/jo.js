marrowSearch.addVocab("jo",{"job":[2,4.65701,"XB_X6m"],"joint":[1,3.26365,"V_"]});

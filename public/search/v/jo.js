marrowSearch.addVocab("jo",{"job":[2,4.63724,"XA_X6m"],"joint":[1,3.24383,"U_"]});

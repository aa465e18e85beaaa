marrowSearch.addVocab("ge",{"general":[4,4.468,"IiXGiA-X9_"],"german":[7,3.80131,"DX1O5_9T2gBzRl"],"get":[2,4.51162,"X6kX3_"]});

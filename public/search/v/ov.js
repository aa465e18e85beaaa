marrowSearch.addVocab("ov",{"overal":[5,3.39109,"D_6rBpX3Q3w"],"overturn":[1,1.76564,"M_"]});

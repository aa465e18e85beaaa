marrowSearch.addVocab("we",{"week":[5,3.18724,"N_2QHuNSAc"],"weigh":[2,3.81721,"Y0-4_"],"weight":[1,2.36746,"XS_"],"well":[5,3.91152,"XDy1o8o5nYP_"],"went":[1,1.76564,"M_"]});

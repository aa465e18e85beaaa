marrowSearch.addVocab("we",{"week":[5,2.9668,"N_2QHxNSAc"],"weigh":[2,3.6901,"Y0_4_"],"weight":[1,2.1908,"XS_"],"well":[5,4.25001,"XDu1j8j5hYP_"]});

marrowSearch.addVocab("we",{"week":[5,3.00207,"N_2PHxNSAc"],"weigh":[2,3.72874,"Y0_4_"],"weight":[1,2.22529,"XS_"],"well":[5,4.27496,"XDu1j8j5hYP_"],"went":[1,1.61724,"M_"]});

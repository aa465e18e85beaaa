marrowSearch.addVocab("ed",{"ed":[2,3.37699,"X2iYN_"],"edg":[1,2.61282,"Z4_"],"edit":[1,4.56149,"P_"],"educ":[1,2.37923,"1_"]});

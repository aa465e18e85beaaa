marrowSearch.addVocab("ed",{"ed":[2,3.37697,"X2iYN_"],"edg":[1,2.61277,"Z4_"],"edit":[1,4.5613,"P_"],"educ":[1,2.37916,"1_"]});

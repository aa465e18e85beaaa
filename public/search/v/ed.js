marrowSearch.addVocab("ed",{"ed":[2,3.37869,"X2iYN_"],"edg":[1,2.61699,"Z4_"],"edit":[1,4.57723,"P_"],"educ":[1,2.38432,"1_"]});

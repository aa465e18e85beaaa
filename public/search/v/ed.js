marrowSearch.addVocab("ed",{"ed":[2,8.18053,"UGYA_"],"edg":[1,6.24406,"YO_"],"edit":[1,1.80385,"P_"],"educ":[1,5.64041,"1_"]});

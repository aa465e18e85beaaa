marrowSearch.addVocab("ed",{"ed":[2,3.37114,"X1iYN_"],"edg":[1,2.60556,"Z3_"],"edit":[1,4.53974,"O_"],"educ":[1,2.37121,"1_"]});

marrowSearch.addVocab("ed",{"ed":[2,7.49653,"UGYA_"],"edg":[1,6.43456,"YO_"],"edit":[1,1.66727,"P_"],"educ":[1,5.65301,"1_"]});

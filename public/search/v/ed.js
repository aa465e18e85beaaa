marrowSearch.addVocab("ed",{"ed":[2,7.47999,"UGYA_"],"edg":[1,6.40654,"YO_"],"edit":[1,1.67181,"P_"],"educ":[1,5.61659,"1_"]});

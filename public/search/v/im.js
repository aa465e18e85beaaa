marrowSearch.addVocab("im",{"imag":[1,4.09997,"X1_"],"impair":[1,6.09482,"Z1_"],"imperfecta":[3,7.05271,"NJ2CYH_"],"import":[4,4.32009,"1_X2iCmJk"]});

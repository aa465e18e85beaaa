marrowSearch.addVocab("im",{"imag":[1,3.66827,"X1_"],"impair":[1,6.12655,"Z1_"],"imperfecta":[3,7.06507,"NJ2CYH_"],"import":[4,4.3481,"1_X2iCnJk"]});

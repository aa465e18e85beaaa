marrowSearch.addVocab("im",{"imag":[1,3.8024,"X1_"],"impair":[1,5.98773,"Z1_"],"imperfecta":[3,7.67736,"NJ2CYH_"],"import":[4,4.33841,"1_X2kCoJj"]});

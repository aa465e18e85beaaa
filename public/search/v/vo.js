marrowSearch.addVocab("vo",{"vocabulari":[1,2.86794,"7_"],"volum":[6,6.01147,"XIs8RLn7kXL_3p"],"volunt":[13,3.98603,"5X5b4H1iVZ1q3_1a1T2Z4J1Y1V"]});

marrowSearch.addVocab("vo",{"vocabulari":[1,2.9078,"7_"],"volum":[6,6.02417,"XIs8RLn7kXL_3p"],"volunt":[13,4.00583,"5Y5b4H1iVZ1q3_1a1T2a4J1Y1V"]});

marrowSearch.addVocab("vo",{"vocabulari":[1,3.11267,"7_"],"volum":[6,6.44089,"XIv8RLj7hXL_3l"],"volunt":[13,4.52951,"5U5X4G1dVW1l3_1U1R2W4I1V1T"]});

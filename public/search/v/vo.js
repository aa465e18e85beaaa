marrowSearch.addVocab("vo",{"vocabulari":[1,1.1731,"7_"],"volum":[6,6.10309,"XS_7SNK7JXTS3L"],"volunt":[13,4.7896,"5B5C4CX0b7a1U1G2Y3_2H5S1kBa"]});

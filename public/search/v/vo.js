marrowSearch.addVocab("vo",{"vocabulari":[1,1.17896,"7_"],"volum":[6,6.10979,"XS_7TNK7JXTS3L"],"volunt":[13,4.79486,"5B5C4CX0b7a1U1F2Y3_2H5T1kBa"]});

marrowSearch.addVocab("vo",{"vocabulari":[1,1.16559,"7_"],"volum":[6,6.08656,"XR_7SNK7JXTS3L"],"volunt":[13,4.77464,"5B5C4CVb7Z1U1G2Y3_2H5S1kBa"]});

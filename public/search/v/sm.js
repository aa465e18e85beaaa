marrowSearch.addVocab("sm",{"small":[23,2.60145,"5G2C7I5d3M3m7e6U8Z2O2-3q1_1dCg5o5i7iDSER5RXMU1N"],"smaller":[2,4.84655,"XHUX1_"],"smallest":[2,7.30335,"KeXP_"]});

marrowSearch.addVocab("sm",{"small":[23,2.60861,"5G2C7I5d3M3m7e6U8Z2O2-3q1_1bCg5o5i7iDSER5RXMU1N"],"smaller":[2,4.85937,"XHUX1_"],"smallest":[2,7.31415,"KeXP_"]});

marrowSearch.addVocab("sm",{"small":[23,2.58739,"5G2C7I5d3M2m7e6U8Z2O2-3q1_1dCf5o5i7iDSES5RXMU1N"],"smaller":[2,4.82701,"XGTX1_"],"smallest":[2,7.28303,"KdXO_"]});

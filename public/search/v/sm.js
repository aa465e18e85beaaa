marrowSearch.addVocab("sm",{"small":[10,4.08452,"EX6V2G2T1GX1aSw9vXO_1l"],"smaller":[2,4.51162,"X6kX3_"],"smallest":[1,8.11847,"Y4_"]});

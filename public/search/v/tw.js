marrowSearch.addVocab("tw",{"twist":[1,6.04982,"YR_"],"two":[8,5.3621,"8Y2XDLRW2GBSZ4_5g"]});

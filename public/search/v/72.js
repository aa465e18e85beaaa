marrowSearch.addVocab("72",{"72":[4,3.34516,"DfTt2XN_"]});

marrowSearch.addVocab("81",{"81":[4,2.51515,"DtHgX3Z9_"]});

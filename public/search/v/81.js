marrowSearch.addVocab("81",{"81":[4,2.48306,"DtHgX3Z9_"]});

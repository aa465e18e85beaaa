marrowSearch.addVocab("ah",{"aha":[7,5.89837,"2OCF4T3E3N1Da6_"]});

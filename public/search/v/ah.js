marrowSearch.addVocab("ah",{"aha":[7,5.31466,"2PCF4V3E3O1Da6_"]});

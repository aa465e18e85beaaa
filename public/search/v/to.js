marrowSearch.addVocab("to",{"toddler":[1,4.17707,"Y4_"],"togeth":[2,4.78224,"MXaD_"],"total":[3,7.31663,"XHUZ9-1_"]});

marrowSearch.addVocab("on",{"one":[36,2.54218,0],"onset":[4,4.136,"2H1LErM_"]});

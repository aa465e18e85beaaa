marrowSearch.addVocab("on",{"one":[36,2.53741,0],"onset":[4,4.12462,"2H1LErM_"]});

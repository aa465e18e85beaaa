marrowSearch.addVocab("on",{"one":[36,2.53746,0],"onset":[4,4.12475,"2H1LErM_"]});

marrowSearch.addVocab("on",{"one":[35,2.56665,0],"onset":[4,4.107,"2H1LErL_"]});

marrowSearch.addVocab("23",{"23":[2,4.39532,"XHp3_"]});

marrowSearch.addVocab("hu",{"hurt":[4,2.58291,"XB_1hLY9z"]});

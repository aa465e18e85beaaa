marrowSearch.addVocab("pt",{"pt":[3,6.7081,"XOi4HYT_"]});

marrowSearch.addVocab("pt",{"pt":[3,6.72629,"XOi4HYT_"]});

marrowSearch.addVocab("pt",{"pt":[3,7.43917,"XOe4GYT_"]});

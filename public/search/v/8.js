marrowSearch.addVocab("8",{"8":[9,3.8665,"ML1VET1k7_1q2nQU1O"]});

marrowSearch.addVocab("8",{"8":[9,3.85661,"ML1VES1k7_1q2nQU1O"]});

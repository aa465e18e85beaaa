marrowSearch.addVocab("8",{"8":[8,3.98117,"MLES1k7_1q2nQU1O"]});

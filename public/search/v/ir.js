marrowSearch.addVocab("ir",{"irrit":[2,3.56848,"XF-X2_"]});

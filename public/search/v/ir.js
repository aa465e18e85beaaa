marrowSearch.addVocab("ir",{"irrit":[2,3.54896,"XE-X2_"]});

marrowSearch.addVocab("ir",{"irrit":[2,3.56831,"XF-X2_"]});

marrowSearch.addVocab("ir",{"irrit":[2,3.58273,"XF-X2_"]});

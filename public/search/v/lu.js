marrowSearch.addVocab("lu",{"lung":[1,2.56689,"ZK_"]});

marrowSearch.addVocab("lu",{"lung":[1,2.5625,"ZK_"]});

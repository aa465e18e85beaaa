marrowSearch.addVocab("lu",{"lung":[1,2.56245,"ZK_"]});

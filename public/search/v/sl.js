marrowSearch.addVocab("sl",{"sleep":[1,7.1877,"ZK_"],"slight":[2,5.38681,"XJ_1k"]});

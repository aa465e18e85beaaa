marrowSearch.addVocab("29",{"29":[1,4.01438,"XH_"]});

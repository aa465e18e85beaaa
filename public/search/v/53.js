marrowSearch.addVocab("53",{"53":[1,3.95606,"XF_"]});

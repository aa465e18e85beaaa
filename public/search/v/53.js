marrowSearch.addVocab("53",{"53":[1,3.94015,"XF_"]});

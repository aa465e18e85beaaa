marrowSearch.addVocab("53",{"53":[1,3.93996,"XF_"]});

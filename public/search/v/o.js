marrowSearch.addVocab("o",{"o":[1,2.36331,"aG_"]});

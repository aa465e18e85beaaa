marrowSearch.addVocab("o",{"o":[1,2.35814,"aG_"]});

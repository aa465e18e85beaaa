marrowSearch.addVocab("o",{"o":[1,2.35007,"aF_"]});

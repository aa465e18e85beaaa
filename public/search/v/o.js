marrowSearch.addVocab("o",{"o":[1,2.35808,"aG_"]});

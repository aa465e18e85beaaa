marrowSearch.addVocab("d",{"d":[1,2.36331,"aG_"]});

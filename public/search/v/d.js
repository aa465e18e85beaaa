marrowSearch.addVocab("d",{"d":[1,2.35814,"aG_"]});

marrowSearch.addVocab("d",{"d":[1,5.81349,"ZT_"]});

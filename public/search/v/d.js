marrowSearch.addVocab("d",{"d":[1,5.5864,"ZT_"]});

marrowSearch.addVocab("o",{"o":[1,5.5864,"ZT_"]});
